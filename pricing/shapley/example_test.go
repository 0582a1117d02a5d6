package shapley_test

import (
	"fmt"
	"math/big"

	"github.com/datatrade/datatrade/pricing/shapley"
)

// Two sellers whose footprints overlap by one square degree share a bundle's
// revenue of 1 ether by the area each brings.
func Example() {
	rects := []shapley.Rect{{MinX: 0, MinY: 0, MaxX: 2, MaxY: 2}, {MinX: 1, MinY: 1, MaxX: 4, MaxY: 2}}
	v, err := shapley.Coverage(rects)
	if err != nil {
		fmt.Println(err)
		return
	}
	phi, err := shapley.Exact(len(rects), v)
	if err != nil {
		fmt.Println(err)
		return
	}
	parts, err := shapley.SplitWei(big.NewInt(1e18), phi)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("values %.1f %.1f, wei %s %s\n", phi[0], phi[1], parts[0], parts[1])
	// Output: values 3.5 2.5, wei 583333333333333333 416666666666666667
}
