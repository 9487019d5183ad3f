package main

import (
	"flag"
	"strings"
)

// parseArgs parses args with fs, accepting flags anywhere among the operands, as in
// `actorgraph news.txt -format json`, and returns the operands in order. A "--" ends the
// flags: every argument after it is an operand, so that a file named "-format" can be
// read as `actorgraph -- -format`. A lone "-" is an operand (standard input). The errors
// are those of fs.Parse, flag.ErrHelp among them.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var operands []string
	for len(args) > 0 {
		arg := args[0]
		switch {
		case arg == "--":
			return append(operands, args[1:]...), nil
		case arg == "-" || !strings.HasPrefix(arg, "-"):
			operands = append(operands, arg)
			args = args[1:]
			continue
		}
		n := 1
		if takesValue(fs, arg) && len(args) > 1 {
			n = 2 // the flag and its value, which may start with "-"
		}
		if err := fs.Parse(args[:n]); err != nil {
			return nil, err
		}
		args = args[n:]
	}
	return operands, nil
}

// takesValue reports whether arg, which starts with "-", names a flag of fs that takes
// its value from the next argument: one that is defined, not boolean, and not written
// -name=value.
func takesValue(fs *flag.FlagSet, arg string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}
