// Command groupby is an example compute guest: per-group count, sum, mean,
// min and max of the second column of the CSV on stdin, grouped by the
// first. Build it with GOOS=wasip1 GOARCH=wasm go build.
package main

import (
	"fmt"
	"os"

	"github.com/datatrade/datatrade/compute/examples/go/analysis"
)

func main() {
	if err := analysis.GroupBy(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "groupby:", err)
		os.Exit(1)
	}
}
