package spatial

import "testing"

func TestPolygonContains(t *testing.T) {
	// A U shape: the notch x in (2, 4), y in (2, 6) is outside.
	u := Polygon{{0, 0}, {6, 0}, {6, 6}, {4, 6}, {4, 2}, {2, 2}, {2, 6}, {0, 6}}
	tests := []struct {
		q    Point
		want bool
	}{
		{Point{1, 1}, true},
		{Point{3, 4}, false}, // in the notch
		{Point{5, 5}, true},
		{Point{0, 3}, true}, // on an edge
		{Point{6, 6}, true}, // a vertex
		{Point{7, 3}, false},
		{Point{3, 2}, true}, // bottom of the notch
	}
	for _, tt := range tests {
		if got := u.Contains(tt.q); got != tt.want {
			t.Errorf("Contains(%v): got %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestPolygonIntersectsBox(t *testing.T) {
	u := Polygon{{0, 0}, {6, 0}, {6, 6}, {4, 6}, {4, 2}, {2, 2}, {2, 6}, {0, 6}}
	thin := Polygon{{4.9, -10}, {5.1, -10}, {5.1, 10}, {4.9, 10}}
	tests := []struct {
		name string
		p    Polygon
		b    Box
		want bool
	}{
		{"box in the notch", u, Box{2.5, 3, 3.5, 5}, false},
		{"box overlapping an arm", u, Box{1, 3, 2.5, 4}, true},
		{"box holding the polygon", u, Box{-1, -1, 7, 7}, true},
		{"polygon holding the box", u, Box{0.5, 0.5, 1, 1}, true},
		{"edges cross only", thin, Box{0, 0, 10, 1}, true},
		{"touching at an edge", u, Box{6, 1, 7, 2}, true},
		{"point footprint inside", u, PointBox(Point{1, 1}), true},
		{"point footprint in the notch", u, PointBox(Point{3, 4}), false},
		{"disjoint", u, Box{10, 10, 11, 11}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.IntersectsBox(tt.b); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPolygonValidate(t *testing.T) {
	bad := []Polygon{nil, {{0, 0}, {1, 1}}, {{0, 0}, {1, 1}, {0, 0}, {1, 1}}, {{0, 0}, {1, 1}, {200, 0}}}
	for _, p := range bad {
		if err := p.Validate(); err == nil {
			t.Errorf("polygon %v: got nil error, want an error", p)
		}
	}
}
