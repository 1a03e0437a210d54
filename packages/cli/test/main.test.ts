import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

describe('main: help, usage errors and exit codes', () => {
  it('prints the Chinese help for --help, listing every command', async () => {
    const { exitCode, stdout, stderr } = await runCli(['--help']);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('用法：onewindow <命令>');
    for (const command of ['validate', 'lint-catalog', 'types', 'compile', 'flow', 'paths']) {
      expect(stdout).toContain(`  ${command} `);
    }
  });

  it('prints the English help with --lang en, before or after --help', async () => {
    for (const argv of [
      ['--lang', 'en', '--help'],
      ['--help', '--lang=en'],
    ]) {
      const { exitCode, stdout } = await runCli(argv);
      expect(exitCode).toBe(0);
      expect(stdout).toContain('Usage: onewindow <command>');
      expect(stdout).not.toContain('用法');
    }
  });

  it('prints a command’s own help for `<command> --help` and `<command> -h`', async () => {
    const zh = await runCli(['validate', '--help']);
    expect(zh.exitCode).toBe(0);
    expect(zh.stdout).toMatch(/^用法：onewindow validate/);
    const en = await runCli(['compile', '-h', '--lang', 'en']);
    expect(en.exitCode).toBe(0);
    expect(en.stdout).toMatch(/^Usage: onewindow compile <spec> -o <file.js>/);
  });

  it('exits 2 with the help on stderr when no command is given', async () => {
    const { exitCode, stdout, stderr } = await runCli([]);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^缺少命令。/);
  });

  it('exits 2 on an unknown command, in Chinese or English, without a stack trace', async () => {
    const zh = await runCli(['valdate', 'a.json']);
    expect(zh.exitCode).toBe(2);
    expect(zh.stderr).toBe('未知命令“valdate”。\n运行 onewindow --help 查看用法。\n');
    const en = await runCli(['frobnicate', '--lang', 'en']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toBe('Unknown command "frobnicate".\nRun onewindow --help for usage.\n');
  });

  it('exits 2 on an unknown option, naming it and the command’s help', async () => {
    const { exitCode, stderr, stdout } = await runCli(['validate', '--strict', 'catalog/dibao-apply.json']);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('未知选项“--strict”。\n运行 onewindow validate --help 查看用法。\n');
  });

  it('exits 2 on a bad option value or a missing one', async () => {
    const format = await runCli(['validate', 'catalog/dibao-apply.json', '--format', 'xml', '--lang', 'en']);
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toContain('Invalid value "xml" for option --format; expected one of: text, json.');
    const lang = await runCli(['validate', 'catalog/dibao-apply.json', '--lang', 'fr']);
    expect(lang.exitCode).toBe(2);
    expect(lang.stderr).toContain('选项 --lang 的值“fr”无效');
    const output = await runCli(['types', 'catalog/dibao-apply.json', '-o']);
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toContain('选项 -o 需要一个值。');
  });

  it('prints the package version for --version', async () => {
    const { exitCode, stdout } = await runCli(['--version']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
