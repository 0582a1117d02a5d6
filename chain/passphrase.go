package chain

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/datatrade/datatrade"
)

// PassphraseEnv is the environment variable a passphrase may come from.
const PassphraseEnv = "DATATRADE_PASSPHRASE"

// PassphraseSource says where ReadPassphrase looks, in order: the file, the
// environment variable PassphraseEnv, then an interactive prompt.
type PassphraseSource struct {
	// File is the --passphrase-file flag's value; "" means none. Its first
	// line is the passphrase (a final newline is removed).
	File string
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
	// Stdin is where the prompt reads from; nil means os.Stdin. The prompt
	// is used only when Stdin is a terminal.
	Stdin *os.File
	// Prompt is where the prompt text goes; nil means os.Stderr.
	Prompt io.Writer
}

// ReadPassphrase returns the passphrase from the first source that has one.
// At the prompt, typing is not echoed; with confirm set it asks twice and
// requires the same answer (for new keys). It refuses to prompt when stdin
// is not a terminal, with an EINVALID error saying which flag or variable
// to use. The passphrase is never logged nor put in an error.
func ReadPassphrase(src PassphraseSource, prompt string, confirm bool) (string, error) {
	if src.File != "" {
		blob, err := os.ReadFile(src.File)
		if err != nil {
			return "", datatrade.Errorf(datatrade.EINVALID, "cannot read the passphrase file given by --passphrase-file")
		}
		line, _, _ := bytes.Cut(blob, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) == 0 {
			return "", datatrade.Errorf(datatrade.EINVALID, "the passphrase file given by --passphrase-file is empty")
		}
		return string(line), nil
	}
	getenv := src.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	if p := getenv(PassphraseEnv); p != "" {
		return p, nil
	}
	in := src.Stdin
	if in == nil {
		in = os.Stdin
	}
	out := src.Prompt
	if out == nil {
		out = os.Stderr
	}
	if !term.IsTerminal(int(in.Fd())) {
		return "", datatrade.Errorf(datatrade.EINVALID,
			"a passphrase is needed and stdin is not a terminal: use --passphrase-file or set %s", PassphraseEnv)
	}
	first, err := promptOnce(in, out, prompt)
	if err != nil {
		return "", err
	}
	if confirm {
		again, err := promptOnce(in, out, "Repeat the passphrase: ")
		if err != nil {
			return "", err
		}
		if again != first {
			return "", datatrade.Errorf(datatrade.EINVALID, "the passphrases do not match")
		}
	}
	if first == "" {
		return "", datatrade.Errorf(datatrade.EINVALID, "empty passphrase")
	}
	return first, nil
}

func promptOnce(in *os.File, out io.Writer, prompt string) (string, error) {
	fmt.Fprint(out, prompt)
	p, err := term.ReadPassword(int(in.Fd()))
	fmt.Fprintln(out)
	if err != nil {
		return "", fmt.Errorf("read passphrase from the terminal: %w", err)
	}
	return string(p), nil
}
