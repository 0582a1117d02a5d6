// Command regress is an example compute guest: a least-squares line through
// the first two columns of the CSV on stdin. Build it with GOOS=wasip1
// GOARCH=wasm go build.
package main

import (
	"fmt"
	"os"

	"github.com/datatrade/datatrade/compute/examples/go/analysis"
)

func main() {
	if err := analysis.Regress(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "regress:", err)
		os.Exit(1)
	}
}
