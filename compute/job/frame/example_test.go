package frame_test

import (
	"bytes"
	"fmt"

	"github.com/datatrade/datatrade/compute/job/frame"
)

// A job over two listings gives the module both datasets on stdin, framed.
func Example() {
	stdin := frame.Encode([]frame.Dataset{
		{Listing: 3, Data: []byte("id,age\n1,34\n")},
		{Listing: 8, Data: []byte("id,amount\n1,9.50\n")},
	})
	fmt.Printf("%s", stdin)
	ds, err := frame.Parse(bytes.NewReader(stdin), 1<<20)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(ds), ds[1].Listing, len(ds[1].Data))
	// Output:
	// #datatrade-datasets 2
	// #dataset 3 12
	// id,age
	// 1,34
	// #dataset 8 17
	// id,amount
	// 1,9.50
	// 2 8 17
}
