package analysis

import (
	"bytes"
	"strings"
	"testing"
)

func TestGroupBy(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"region,amount\nsouth,2\nnorth,1.5\r\nsouth,4\n\nnorth,-0.5\n",
			"north count=2 sum=1.000000 mean=0.500000 min=-0.500000 max=1.500000\nsouth count=2 sum=6.000000 mean=3.000000 min=2.000000 max=4.000000\n", ""},
		{"k,v\n", "", ""},
		{"", "", "empty input"},
		{"k,v\nsolo\n", "", "want at least two columns"},
		{"k,v\na,x\n", "", "invalid syntax"},
	}
	for _, tc := range tests {
		var out bytes.Buffer
		err := GroupBy(strings.NewReader(tc.in), &out)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("GroupBy(%q): error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || out.String() != tc.want {
			t.Errorf("GroupBy(%q) = %q, %v; want %q", tc.in, out.String(), err, tc.want)
		}
	}
}

func TestJoin(t *testing.T) {
	people := "id,age\n1,34\n2,35\n3,91\n2,41\n"                     // id 2's last row wins: 41
	purchases := "id,amount\n1,10\n2,5.5\n9,100\n1,20\n3,1\n2,0.5\n" // id 9 is unknown
	want := "people=3 matched=5 unmatched=1\n" +
		"age 30-39 purchases=2 total=30.000000 mean=15.000000\n" +
		"age 40-49 purchases=2 total=6.000000 mean=3.000000\n" +
		"age 90- purchases=1 total=1.000000 mean=1.000000\n"
	var out bytes.Buffer
	if err := Join(strings.NewReader(people), strings.NewReader(purchases), &out); err != nil || out.String() != want {
		t.Errorf("Join = %q, %v; want %q", out.String(), err, want)
	}
	for _, bad := range []struct{ people, purchases, err string }{
		{"id,age\n1,-3\n", "id,amount\n", "bad age"},
		{"id,age\nx,3\n", "id,amount\n", "bad id"},
		{"id,age\n1,3\n", "id,amount\n1,lots\n", "bad amount"},
		{"", "id,amount\n", "empty input"},
	} {
		if err := Join(strings.NewReader(bad.people), strings.NewReader(bad.purchases), &out); err == nil || !strings.Contains(err.Error(), bad.err) {
			t.Errorf("Join(%q, %q): error %v, want %q", bad.people, bad.purchases, err, bad.err)
		}
	}
}
