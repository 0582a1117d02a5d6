// Command stats is an example compute guest: summary statistics (count,
// mean, min, max) of every numeric column of the CSV on stdin. Build it with
// GOOS=wasip1 GOARCH=wasm go build.
package main

import (
	"fmt"
	"os"

	"github.com/datatrade/datatrade/compute/examples/go/analysis"
)

func main() {
	if err := analysis.Summary(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "stats:", err)
		os.Exit(1)
	}
}
