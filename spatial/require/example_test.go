package require_test

import (
	"fmt"
	"math/big"
	"time"

	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/require"
)

func Example() {
	// The buyer's requirement, stored with the demand as text.
	r, err := require.Compile(`attrs.kind == "optical" && near(48.85, 2.35, 25) && time.getFullYear() >= 2024`)
	if err != nil {
		fmt.Println(err)
		return
	}
	// A seller's client checks its own listings.
	listings := []require.Listing{
		{Item: spatial.Item{ID: 1, Time: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC),
			Footprint: spatial.PointBox(spatial.Point{Lon: 2.29, Lat: 48.86}), Attrs: map[string]string{"kind": "optical"}},
			Price: big.NewInt(1e15)},
		{Item: spatial.Item{ID: 2, Time: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC),
			Footprint: spatial.PointBox(spatial.Point{Lon: 4.83, Lat: 45.76}), Attrs: map[string]string{"kind": "optical"}},
			Price: big.NewInt(1e15)},
	}
	for _, l := range listings {
		ok, err := r.Evaluate(l)
		fmt.Println(l.ID, ok, err)
	}
	_, err = require.Compile(`attrs.kind = "optical"`)
	fmt.Println(err != nil)
	// Output:
	// 1 true <nil>
	// 2 false <nil>
	// true
}
