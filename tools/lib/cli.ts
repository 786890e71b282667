/**
 * Command-line arguments for the project's tools: `--help` prints the usage and exits 0; an unknown option or a
 * malformed value prints one line and the usage hint to stderr and exits 2, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ToolArgs<O extends Options> {
  /** The command as a person types it, e.g. `npm run bench --`. */
  command: string;
  /** One line per option or argument, printed by --help under the command. */
  usage: string;
  options: O;
  allowPositionals?: boolean;
}

/** Exit codes and output streams, injectable so that tests call the parser without ending their process. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  exit: (code: number) => never;
}

const processIo: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  exit: (code) => process.exit(code),
};

export function parseToolArgs<O extends Options>(spec: ToolArgs<O>, argv = process.argv.slice(2), io: CliIo = processIo) {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`Usage: ${spec.command}\n${spec.usage}`);
    return io.exit(0);
  }
  try {
    return parseArgs({ args: argv, options: spec.options, allowPositionals: spec.allowPositionals ?? false, strict: true });
  } catch (error) {
    io.err(`${spec.command}: ${(error as Error).message.split('\n')[0]}`);
    io.err('Run it with --help to see the options.');
    return io.exit(2);
  }
}

/** Ends a tool on a value that parses but makes no sense (`--services abc`), in one line with exit code 2. */
export function refuseArgument(message: string, io: CliIo = processIo): never {
  io.err(message);
  io.err('Run it with --help to see the options.');
  return io.exit(2);
}
