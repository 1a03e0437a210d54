// Custom Elements Manifest (cem analyze): feeds docs, editors and, later, Storybook controls.
export default {
  globs: ['src/components/**/*.ts', 'src/base/OwElement.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // `dispatchEvent(new OwXEvent(...))` is recorded without a name and OwElement.emit(type, …) as an
      // event called "type"; the `@event` JSDoc tags name every real event, and all of them are `ow-…`.
      name: 'onewindow-keep-named-ow-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.name?.startsWith('ow-'));
          }
        }
      },
    },
  ],
};
