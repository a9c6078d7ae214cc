import { Argument, type Command, type Option } from 'commander';
import type { CliContext } from '../context';

/**
 * `netmodel completion bash|zsh|fish`: a completion script generated from the commands as registered, so it never
 * falls behind them: command and subcommand names, each command's flags, the values of flags with a fixed set
 * (`--protocol tcp|udp|sctp`), and file names after flags that take a file. zsh runs the bash function through its
 * bashcompinit (zshcompsys(1), "bashcompinit"); fish gets native `complete` lines (fish-doc: complete).
 */
interface Entry {
  /** "trace", or "scenario diff" for a subcommand. */
  key: string;
  description: string;
  options: readonly Option[];
  children: string[];
}

const takesFile = (option: Option) => /<(path|file)>/.test(option.flags);
const flagsOf = (option: Option) => [option.short, option.long].filter((f): f is string => f !== undefined);

function entries(program: Command): Entry[] {
  const out: Entry[] = [];
  const visit = (command: Command, prefix: string) => {
    for (const sub of command.commands) {
      const key = `${prefix}${sub.name()}`;
      out.push({ key, description: sub.description().split('\n')[0] ?? '', options: sub.options, children: sub.commands.map((c) => c.name()) });
      visit(sub, `${key} `);
    }
  };
  visit(program, '');
  return out;
}

function bash(program: Command): string {
  const all = entries(program);
  const top = all.filter((e) => !e.key.includes(' '));
  const parents = top.filter((e) => e.children.length > 0);
  const values: string[] = [];
  const optionLists: string[] = [];
  for (const e of all) {
    if (e.children.length > 0) continue;
    optionLists.push(`    '${e.key}') opts='${e.options.flatMap(flagsOf).concat('--help').join(' ')}' ;;`);
    for (const option of e.options) {
      const pattern = flagsOf(option).map((f) => `'${e.key}|${f}'`).join('|');
      if (option.argChoices) values.push(`    ${pattern}) COMPREPLY=($(compgen -W '${option.argChoices.join(' ')}' -- "$cur")); return ;;`);
      else if (takesFile(option)) values.push(`    ${pattern}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`);
    }
  }
  return `# netmodel completion for bash. Load it with: source <(netmodel completion bash)
_netmodel() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" opts=''
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W '${top.map((e) => e.key).join(' ')} --help --version' -- "$cur"))
    return
  fi
  local key="\${COMP_WORDS[1]}"
  case "$key" in
${parents.map((p) => `    ${p.key}) if [ "$COMP_CWORD" -eq 2 ]; then COMPREPLY=($(compgen -W '${p.children.join(' ')}' -- "$cur")); return; fi; key="$key \${COMP_WORDS[2]}" ;;`).join('\n')}
  esac
  case "$key|$prev" in
${values.join('\n')}
  esac
  case "$key" in
${optionLists.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi
}
complete -o filenames -F _netmodel netmodel
`;
}

function zsh(program: Command): string {
  return `#compdef netmodel
# netmodel completion for zsh. Load it with: source <(netmodel completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bash(program).split('\n').slice(1).join('\n')}`;
}

const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(program: Command): string {
  const all = entries(program);
  const parents = all.filter((e) => e.children.length > 0 && !e.key.includes(' ')).map((e) => e.key);
  const topNames = all.filter((e) => !e.key.includes(' ')).map((e) => e.key);
  const lines = ['# netmodel completion for fish. Load it with: netmodel completion fish | source', 'complete -c netmodel -f'];
  for (const e of all) {
    const [parent, child] = e.key.split(' ') as [string, string | undefined];
    const name = child ?? parent;
    const siblings = child === undefined ? topNames : (all.find((p) => p.key === parent)?.children ?? []);
    const where = child === undefined ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${parent}; and not __fish_seen_subcommand_from ${siblings.join(' ')}`;
    lines.push(`complete -c netmodel -n ${fishQuote(where)} -a ${name} -d ${fishQuote(e.description)}`);
    if (e.children.length > 0) continue;
    const inside =
      child === undefined
        ? `__fish_seen_subcommand_from ${name}; and not __fish_seen_subcommand_from ${parents.join(' ')}`
        : `__fish_seen_subcommand_from ${parent}; and __fish_seen_subcommand_from ${child}`;
    for (const option of e.options) {
      const flags = [option.short ? `-s ${option.short.slice(1)}` : '', option.long ? `-l ${option.long.slice(2)}` : ''].filter(Boolean).join(' ');
      const value = option.argChoices ? ` -xa ${fishQuote(option.argChoices.join(' '))}` : takesFile(option) ? ' -rF' : option.required || option.optional ? ' -x' : '';
      lines.push(`complete -c netmodel -n ${fishQuote(inside)} ${flags}${value} -d ${fishQuote(option.description)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function registerCompletion(program: Command, ctx: CliContext): void {
  program
    .command('completion')
    .description('print a shell completion script: source <(netmodel completion bash), or zsh; netmodel completion fish | source')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .action((shell: 'bash' | 'zsh' | 'fish') => {
      ctx.io.out(shell === 'bash' ? bash(program) : shell === 'zsh' ? zsh(program) : fish(program));
    });
}
