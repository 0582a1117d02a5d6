package spatial_test

import (
	"fmt"
	"time"

	"github.com/datatrade/datatrade/spatial"
)

func Example() {
	x := spatial.NewIndex()
	listings := []spatial.Item{
		{ID: 1, Footprint: spatial.PointBox(spatial.Point{Lon: 2.3522, Lat: 48.8566}), Attrs: map[string]string{"kind": "optical"}},
		{ID: 2, Footprint: spatial.PointBox(spatial.Point{Lon: -0.1276, Lat: 51.5072}), Attrs: map[string]string{"kind": "radar"}},
		{ID: 3, Footprint: spatial.Box{MinLon: 4.7, MinLat: 52.2, MaxLon: 5.1, MaxLat: 52.5}, Attrs: map[string]string{"kind": "optical"}},
	}
	for _, it := range listings {
		it.Time = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		if err := x.Insert(it); err != nil {
			fmt.Println(err)
			return
		}
	}
	brussels := spatial.Point{Lon: 4.3517, Lat: 50.8503}
	near, _ := x.Nearest(brussels, 2, spatial.AttrEquals("kind", "optical"))
	for _, n := range near {
		fmt.Printf("listing %d at %.0f km\n", n.ID, n.Meters/1000)
	}
	inBox, _ := x.Box(spatial.Box{MinLon: -1, MinLat: 48, MaxLon: 3, MaxLat: 52}, nil)
	fmt.Println("in box:", inBox)
	// Output:
	// listing 3 at 152 km
	// listing 1 at 264 km
	// in box: [1 2]
}
