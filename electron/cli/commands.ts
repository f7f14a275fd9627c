/**
 * Every `naskah` command, declared once (ARCHITECTURE.md contract 1): its arguments, options and
 * description. The parser, `naskah help` and `naskah <cmd> --help` read these declarations, and
 * each implementation's arguments are typed from them (`ArgsOf<'export'>`). Implementations load
 * on first use, so this module stays small and `naskah stats` never loads the PDF writer, the
 * review zip code or the store.
 */
import type { CliIo } from './io.ts';
import type { CommandSpec, OptionSpec, Run } from './spec.ts';

const out = { type: 'string', short: 'o', value: 'OUT' } as const satisfies OptionSpec;
const paper = { type: 'string', value: 'letter|a4' } as const satisfies OptionSpec;
const json = { type: 'boolean' } as const satisfies OptionSpec;
const to = { type: 'string', value: 'fountain|fdx|json|pdf', required: true } as const satisfies OptionSpec;
/** PDF choices (convert, export); unset, the export's defaults apply. */
const pdf = {
  'no-title-page': { type: 'boolean' },
  'scene-numbers': { type: 'boolean' },
  'no-auto-contd': { type: 'boolean' },
  'auto-contd': { type: 'boolean' },
  'revised-only': { type: 'boolean' },
} as const satisfies Record<string, OptionSpec>;

type Declaration = Omit<CommandSpec, 'name' | 'load'>;

const DECLARATIONS = {
  convert: { args: ['IN'], options: { to, out, paper, ...pdf }, summary: 'commands.convert' },
  import: { args: ['FILE'], options: {}, summary: 'commands.import' },
  list: { args: [], options: { json, deleted: { type: 'boolean' } }, summary: 'commands.list' },
  export: { args: ['ID'], options: { to, out, paper, ...pdf }, summary: 'commands.export' },
  delete: { args: ['ID'], options: {}, summary: 'commands.delete' },
  restore: { args: ['ID'], options: {}, summary: 'commands.restore' },
  'start-empty': { args: [], options: {}, summary: 'commands.startEmpty' },
  stats: { args: ['IN'], options: { json, paper }, summary: 'commands.stats' },
  diff: { args: ['OLD', 'NEW'], options: { json }, summary: 'commands.diff', errorExit: 2 },
  check: { args: ['IN'], options: { json, lang: { type: 'string', value: 'en|id' } }, summary: 'commands.check', errorExit: 2 },
  sides: {
    args: ['IN'],
    options: { character: { type: 'string', value: 'NAME', required: true }, to: { type: 'string', value: 'text|pdf', help: 'options.sidesTo' }, out, paper },
    summary: 'commands.sides',
  },

  'pack validate': { args: ['PACK'], options: {}, summary: 'commands.packValidate' },
  'pack files': { args: ['DIR'], options: { check: { type: 'boolean' } }, summary: 'commands.packFiles' },
  'pack build': { args: ['DIR'], options: { out: { ...out, value: 'FILE.naskahpack', required: true }, sign: { type: 'string', value: 'KEY[,KEY]' } }, summary: 'commands.packBuild' },
  'pack sign': { args: ['DIR'], options: { key: { type: 'string', value: 'KEY[,KEY]', required: true, help: 'options.sign' } }, summary: 'commands.packSign' },
  'pack import': { args: ['PACK'], options: {}, summary: 'commands.packImport' },
  'pack list': { args: [], options: { json }, summary: 'commands.packList' },

  'review export': { args: ['ID'], options: { out: { ...out, value: 'FILE.naskahreview', required: true } }, summary: 'commands.reviewExport' },
  'review import-feedback': { args: ['ID', 'FILE.naskahfeedback'], options: {}, summary: 'commands.reviewImportFeedback' },

  'key create': { args: ['NAME'], options: { role: { type: 'string', value: 'publisher|mentor' }, label: { type: 'string', value: 'TEXT' } }, summary: 'commands.keyCreate' },
  'key list': { args: [], options: { json }, summary: 'commands.keyList' },
  'key export': { args: ['NAME'], options: { out: { ...out, value: 'FILE' }, private: { type: 'boolean' } }, summary: 'commands.keyExport' },
  'key import': { args: ['FILE'], options: { name: { type: 'string', value: 'NAME' } }, summary: 'commands.keyImport' },

  'progress report': { args: ['COURSE_ID'], options: { out: { ...out, value: 'FILE' }, csv: { type: 'boolean' }, trainee: { type: 'string', value: 'NAME' } }, summary: 'commands.progressReport' },
  'progress certificate': { args: ['COURSE_ID'], options: { out: { ...out, value: 'FILE.pdf' }, trainee: { type: 'string', value: 'NAME' } }, summary: 'commands.progressCertificate' },
  'report import': { args: ['FILE|DIR…'], options: { course: { type: 'string', value: 'ID' } }, summary: 'commands.reportImport' },
  'report class': { args: ['COURSE_ID'], options: { json, csv: { type: 'boolean' } }, summary: 'commands.reportClass' },
  'report verify': { args: ['FILE…'], options: { json }, summary: 'commands.reportVerify' },
} as const satisfies Record<string, Declaration>;

export type CommandName = keyof typeof DECLARATIONS;
type Declared<K extends CommandName> = (typeof DECLARATIONS)[K];

/** A string option's value (always there when required); a switch is true or absent. */
type ValueOf<O> = O extends { type: 'string' } ? (O extends { required: true } ? string : string | undefined) : true | undefined;
/** One string per declared argument; a trailing `…` argument takes one or more. */
type PositionalsOf<A extends readonly string[]> = A extends readonly [...infer _, `${string}…`] ? [string, ...string[]] : { -readonly [I in keyof A]: string };

/** What command K's implementation gets: its arguments and options, typed by its declaration. */
export interface ArgsOf<K extends CommandName> {
  positionals: PositionalsOf<Declared<K>['args']>;
  values: { -readonly [N in keyof Declared<K>['options']]: ValueOf<Declared<K>['options'][N]> };
}

type Loaders = { [K in CommandName]: () => Promise<(args: ArgsOf<K>, io: CliIo) => Promise<number>> };

const LOADERS: Loaders = {
  convert: () => import('./convert.ts').then((m) => m.convertCommand),
  import: () => import('./library.ts').then((m) => m.importCommand),
  list: () => import('./library.ts').then((m) => m.listCommand),
  export: () => import('./library.ts').then((m) => m.exportCommand),
  delete: () => import('./trash.ts').then((m) => m.deleteCommand),
  restore: () => import('./trash.ts').then((m) => m.restoreCommand),
  'start-empty': () => import('./trash.ts').then((m) => m.startEmptyCommand),
  stats: () => import('./stats.ts').then((m) => m.statsCommand),
  diff: () => import('./diff.ts').then((m) => m.diffCommand),
  check: () => import('./check.ts').then((m) => m.checkCommand),
  sides: () => import('./sides.ts').then((m) => m.sidesCommand),
  'pack validate': () => import('./pack.ts').then((m) => m.packCommands.validate),
  'pack files': () => import('./pack.ts').then((m) => m.packCommands.files),
  'pack build': () => import('./pack.ts').then((m) => m.packCommands.build),
  'pack sign': () => import('./pack.ts').then((m) => m.packCommands.sign),
  'pack import': () => import('./pack.ts').then((m) => m.packCommands.import),
  'pack list': () => import('./pack.ts').then((m) => m.packCommands.list),
  'review export': () => import('./review.ts').then((m) => m.reviewCommands.export),
  'review import-feedback': () => import('./review.ts').then((m) => m.reviewCommands['import-feedback']),
  'key create': () => import('./key.ts').then((m) => m.keyCommands.create),
  'key list': () => import('./key.ts').then((m) => m.keyCommands.list),
  'key export': () => import('./key.ts').then((m) => m.keyCommands.export),
  'key import': () => import('./key.ts').then((m) => m.keyCommands.import),
  'progress report': () => import('./report.ts').then((m) => m.progressCommands.report),
  'progress certificate': () => import('./report.ts').then((m) => m.progressCommands.certificate),
  'report import': () => import('./report.ts').then((m) => m.reportCommands.import),
  'report verify': () => import('./report.ts').then((m) => m.reportCommands.verify),
  'report class': () => import('./report.ts').then((m) => m.reportCommands.class),
};

/**
 * The commands in help order. parseCommandLine checks every argument and option against the same
 * declaration before an implementation runs, which is what makes its ArgsOf<K> true.
 */
export const COMMANDS: CommandSpec[] = (Object.keys(DECLARATIONS) as CommandName[]).map((name) => ({
  name,
  ...DECLARATIONS[name],
  load: LOADERS[name] as () => Promise<Run>,
}));
