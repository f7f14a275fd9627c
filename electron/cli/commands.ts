/**
 * Every `naskah` command, declared once (ARCHITECTURE.md contract 1): its arguments, options and
 * description. The parser, `naskah help` and `naskah <cmd> --help` read this table; the
 * implementations load on first use, so this module stays small and `naskah stats` never loads
 * the PDF writer, the review zip code or the store.
 */
import type { CommandSpec, OptionSpec } from './spec.ts';

const out: OptionSpec = { type: 'string', short: 'o', value: 'OUT' };
const paper: OptionSpec = { type: 'string', value: 'letter|a4' };
const json: OptionSpec = { type: 'boolean' };
/** PDF choices (convert, export); unset, the export's defaults apply. */
const pdf: Record<string, OptionSpec> = {
  'no-title-page': { type: 'boolean' },
  'scene-numbers': { type: 'boolean' },
  'no-auto-contd': { type: 'boolean' },
  'auto-contd': { type: 'boolean' },
};
const to: OptionSpec = { type: 'string', value: 'fountain|fdx|json|pdf', required: true };

export const COMMANDS: CommandSpec[] = [
  {
    name: 'convert',
    args: ['IN'],
    options: { to, out, paper, ...pdf },
    summary: 'commands.convert',
    load: () => import('./convert.ts').then((m) => m.convertCommand),
  },
  { name: 'import', args: ['FILE'], options: {}, summary: 'commands.import', load: () => import('./library.ts').then((m) => m.importCommand) },
  {
    name: 'list',
    args: [],
    options: { json, deleted: { type: 'boolean' } },
    summary: 'commands.list',
    load: () => import('./library.ts').then((m) => m.listCommand),
  },
  {
    name: 'export',
    args: ['ID'],
    options: { to, out, paper, ...pdf },
    summary: 'commands.export',
    load: () => import('./library.ts').then((m) => m.exportCommand),
  },
  { name: 'delete', args: ['ID'], options: {}, summary: 'commands.delete', load: () => import('./trash.ts').then((m) => m.deleteCommand) },
  { name: 'restore', args: ['ID'], options: {}, summary: 'commands.restore', load: () => import('./trash.ts').then((m) => m.restoreCommand) },
  { name: 'start-empty', args: [], options: {}, summary: 'commands.startEmpty', load: () => import('./trash.ts').then((m) => m.startEmptyCommand) },
  { name: 'stats', args: ['IN'], options: { json, paper }, summary: 'commands.stats', load: () => import('./stats.ts').then((m) => m.statsCommand) },
  {
    name: 'sides',
    args: ['IN'],
    options: { character: { type: 'string', value: 'NAME', required: true }, to: { type: 'string', value: 'text|pdf', help: 'options.sidesTo' }, out, paper },
    summary: 'commands.sides',
    load: () => import('./sides.ts').then((m) => m.sidesCommand),
  },

  { name: 'pack validate', args: ['PACK'], options: {}, summary: 'commands.packValidate', load: () => import('./pack.ts').then((m) => m.packCommands.validate) },
  {
    name: 'pack build',
    args: ['DIR'],
    options: { out: { ...out, value: 'FILE.naskahpack', required: true }, sign: { type: 'string', value: 'KEY[,KEY]' } },
    summary: 'commands.packBuild',
    load: () => import('./pack.ts').then((m) => m.packCommands.build),
  },
  {
    name: 'pack sign',
    args: ['DIR'],
    options: { key: { type: 'string', value: 'KEY[,KEY]', required: true, help: 'options.sign' } },
    summary: 'commands.packSign',
    load: () => import('./pack.ts').then((m) => m.packCommands.sign),
  },
  { name: 'pack import', args: ['PACK'], options: {}, summary: 'commands.packImport', load: () => import('./pack.ts').then((m) => m.packCommands.import) },
  { name: 'pack list', args: [], options: { json }, summary: 'commands.packList', load: () => import('./pack.ts').then((m) => m.packCommands.list) },

  {
    name: 'review export',
    args: ['ID'],
    options: { out: { ...out, value: 'FILE.naskahreview', required: true } },
    summary: 'commands.reviewExport',
    load: () => import('./review.ts').then((m) => m.reviewCommands.export),
  },
  {
    name: 'review import-feedback',
    args: ['ID', 'FILE.naskahfeedback'],
    options: {},
    summary: 'commands.reviewImportFeedback',
    load: () => import('./review.ts').then((m) => m.reviewCommands['import-feedback']),
  },

  {
    name: 'key create',
    args: ['NAME'],
    options: { role: { type: 'string', value: 'publisher|mentor' }, label: { type: 'string', value: 'TEXT' } },
    summary: 'commands.keyCreate',
    load: () => import('./key.ts').then((m) => m.keyCommands.create),
  },
  { name: 'key list', args: [], options: { json }, summary: 'commands.keyList', load: () => import('./key.ts').then((m) => m.keyCommands.list) },
  {
    name: 'key export',
    args: ['NAME'],
    options: { out: { ...out, value: 'FILE' }, private: { type: 'boolean' } },
    summary: 'commands.keyExport',
    load: () => import('./key.ts').then((m) => m.keyCommands.export),
  },
  {
    name: 'key import',
    args: ['FILE'],
    options: { name: { type: 'string', value: 'NAME' } },
    summary: 'commands.keyImport',
    load: () => import('./key.ts').then((m) => m.keyCommands.import),
  },

  {
    name: 'progress report',
    args: ['COURSE_ID'],
    options: { out: { ...out, value: 'FILE' }, csv: { type: 'boolean' }, trainee: { type: 'string', value: 'NAME' } },
    summary: 'commands.progressReport',
    load: () => import('./report.ts').then((m) => m.progressCommands.report),
  },
  {
    name: 'report import',
    args: ['FILE|DIR…'],
    options: { course: { type: 'string', value: 'ID' } },
    summary: 'commands.reportImport',
    load: () => import('./report.ts').then((m) => m.reportCommands.import),
  },
  {
    name: 'report class',
    args: ['COURSE_ID'],
    options: { json, csv: { type: 'boolean' } },
    summary: 'commands.reportClass',
    load: () => import('./report.ts').then((m) => m.reportCommands.class),
  },
];
