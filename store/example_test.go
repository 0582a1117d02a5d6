package store_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/datatrade/datatrade/store"
)

// The CID of "hello\n" is the one `ipfs add` gives it (QmZULkCELmmk5XNfCgTnCyFgAVxBRBXyDHGGMVoLFLiXEN),
// in version 1.
func ExampleSum() {
	c, size, err := store.Sum(context.Background(), strings.NewReader("hello\n"), store.DefaultParams)
	if err != nil {
		panic(err)
	}
	fmt.Println(c, size)
	// Output: bafybeiffndsajwhk3lwjewwdxqntmjm4b5wxaaanokonsggenkbw6slwk4 6
}
