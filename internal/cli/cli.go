// Package cli holds dyad's commands. Each command is registered by the file
// that implements it (code.go, eval.go, lexicon.go, ...), so that adding a
// command touches no other file.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Exit statuses, as documented in `dyad code --help`.
const (
	ExitOK      = 0 // every document was coded
	ExitFailed  = 1 // some input failed; the rest was coded
	ExitUsage   = 2 // the command line was wrong
	exitUnknown = ExitUsage
)

// Env is what a command may touch of the outside world.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// Command is one subcommand of dyad.
type Command struct {
	Name  string
	Short string // one line for `dyad help`
	// Run executes the command with its arguments (without the command's
	// name) and returns the exit status.
	Run func(ctx context.Context, args []string, env Env) int
}

var commands = map[string]Command{}

// Register adds a command; it is called from init functions.
func Register(c Command) {
	if _, dup := commands[c.Name]; dup {
		panic("cli: command registered twice: " + c.Name)
	}
	commands[c.Name] = c
}

// Main runs the command named by args[0] and returns the exit status.
func Main(ctx context.Context, args []string, env Env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.Run(ctx, []string{"--help"}, env)
			}
		}
		usage(env.Stderr)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "dyad: unknown command %q\n\n", args[0])
		usage(env.Stderr)
		return exitUnknown
	}
	return c.Run(ctx, args[1:], env)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "dyad codes news into entities, quotes and CAMEO events.\n\nUsage: dyad COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].Short)
	}
	fmt.Fprintln(w, "\nRun 'dyad COMMAND --help' for a command's flags.")
}

// newFlags returns a flag set that writes its usage to env.Stderr with the
// given synopsis and description.
func newFlags(name, synopsis, description string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: dyad %s %s\n\n%s\n\nFlags:\n", name, synopsis, strings.TrimSpace(description))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("dyad code FILE --published D"; "--" ends the flags), and reports
// whether the command should go on; on false, status is the exit status
// to return (0 for --help). The positional arguments are left in fs.Args().
func parseFlags(fs *flag.FlagSet, args []string) (ok bool, status int) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return false, ExitOK
			}
			return false, ExitUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	_ = fs.Parse(append([]string{"--"}, positional...))
	return true, ExitOK
}
