package envelope_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/datatrade/datatrade/envelope"
)

// A seller seals a dataset, commits to it, and proves one chunk; a buyer
// verifies the chunk and opens the data.
func Example() {
	ctx := context.Background()
	data := strings.Repeat("row,of,data\n", 100) // 1200 bytes
	secrets := envelope.Secrets{DataKey: envelope.DataKey{1}, ListingSalt: envelope.ListingSalt{2}}
	opts := envelope.WriterOptions{ChunkSize: 256, DatasetID: envelope.DatasetID{3}}

	var sealed bytes.Buffer
	if _, _, err := envelope.Encrypt(ctx, &sealed, strings.NewReader(data), secrets.DataKey, opts); err != nil {
		panic(err)
	}
	tree, err := envelope.BuildTree(ctx, strings.NewReader(data), secrets.ListingSalt, 256)
	if err != nil {
		panic(err)
	}
	c := tree.Commitment()
	proof, _ := tree.Prove(2)
	fmt.Println("chunks:", c.Leaves(), "sealed bytes:", sealed.Len())
	fmt.Println("chunk 2 verifies:", c.Verify(proof, []byte(data[512:768])) == nil)
	fmt.Println("chunk 3 with chunk 2's proof:", c.Verify(proof, []byte(data[768:1024])) == nil)

	var opened bytes.Buffer
	if _, _, err := envelope.Decrypt(ctx, &opened, &sealed, secrets.DataKey); err != nil {
		panic(err)
	}
	fmt.Println("round trip:", opened.String() == data)
	// Output:
	// chunks: 5 sealed bytes: 1312
	// chunk 2 verifies: true
	// chunk 3 with chunk 2's proof: false
	// round trip: true
}
