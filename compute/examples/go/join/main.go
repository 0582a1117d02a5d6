// Command join is an example compute guest over two datasets from two
// sellers: people ("id,age") and purchases ("id,amount"), framed on stdin
// as package compute/job/frame describes, joined on id and reported only as
// aggregates per age bracket. Build it with GOOS=wasip1 GOARCH=wasm go build.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/job/frame"
)

func main() {
	ds, err := frame.Parse(os.Stdin, 1<<40)
	if err == nil && len(ds) != 2 {
		err = fmt.Errorf("want two datasets (people, purchases), got %d", len(ds))
	}
	if err == nil {
		err = analysis.Join(bytes.NewReader(ds[0].Data), bytes.NewReader(ds[1].Data), os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "join:", err)
		os.Exit(1)
	}
}
