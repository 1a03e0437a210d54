// Generates src/holidayData.generated.ts from the maintained chinese-days data (State Council
// holiday notices): per year, the public holidays as runs of days and the 调休 make-up working
// days. The package's JSON carries names in two languages and a third table the engine does not
// use (43 KB minified in a browser bundle); the engine needs only the dates (about 2 KB).
// `--check` exits 1 when the committed file is stale (CI, and after upgrading chinese-days).
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = join(packageDir, 'src', 'holidayData.generated.ts');
const require = createRequire(import.meta.url);
const sourceFile = require.resolve('chinese-days/dist/chinese-days.json');
const { version } = require('chinese-days/package.json');

const DAY = 86_400_000;
const time = (date) => Date.parse(`${date}T00:00:00Z`);

/** "MMDD" for a single day, "MMDD+n" for a run of n more consecutive days. */
function encodeRuns(dates) {
  const runs = [];
  for (const date of [...dates].sort()) {
    const last = runs.at(-1);
    if (last && time(date) - time(last.end) === DAY) last.end = date;
    else runs.push({ start: date, end: date });
  }
  return runs
    .map(({ start, end }) => {
      const extra = Math.round((time(end) - time(start)) / DAY);
      return `${start.slice(5, 7)}${start.slice(8)}${extra > 0 ? `+${extra}` : ''}`;
    })
    .join(' ');
}

export async function generateHolidayData() {
  const data = JSON.parse(await readFile(sourceFile, 'utf8'));
  const years = [...new Set(Object.keys(data.holidays).map((date) => date.slice(0, 4)))].sort();
  const byYear = (table, year) => Object.keys(table).filter((date) => date.startsWith(`${year}-`));
  const lines = years.map(
    (year) =>
      `  ${year}: { holidays: '${encodeRuns(byYear(data.holidays, year))}', workdays: '${encodeRuns(byYear(data.workdays, year))}' },`,
  );
  return `/* Generated from chinese-days ${version} by scripts/gen-holidays.mjs. Do not edit: run \`npm run gen --workspace @onewindow/engine\`. */

/**
 * Mainland China's public holidays and 调休 make-up working days per year, from chinese-days
 * ${version}. Each entry is a space-separated list of "MMDD" (one day) or "MMDD+n" (that day and
 * the n days after it).
 */
export const HOLIDAY_DATA: Readonly<Record<number, { readonly holidays: string; readonly workdays: string }>> = {
${lines.join('\n')}
};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = await generateHolidayData();
  if (process.argv.includes('--check')) {
    const current = await readFile(outputFile, 'utf8').catch(() => '');
    if (current !== source) {
      console.error(`${outputFile} is stale: run \`npm run gen --workspace @onewindow/engine\`.`);
      process.exitCode = 1;
    }
  } else {
    await writeFile(outputFile, source);
    console.log(`wrote ${outputFile}`);
  }
}
