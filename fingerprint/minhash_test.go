package fingerprint_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/datatrade/datatrade/fingerprint"
)

func TestDetectKind(t *testing.T) {
	var rows strings.Builder
	for i := range 10 {
		fmt.Fprintf(&rows, "%d\tname %d\t%d\n", i, i, i*i)
	}
	bin := []byte{0x7f, 'E', 'L', 'F', 0, 1, 2, 3, 0xff, 0xfe}
	for _, tc := range []struct {
		name string
		data string
		hint fingerprint.Hint
		want fingerprint.Kind
	}{
		{"csv", "a,b,c\n1,2,3\n4,5,6\n7,8,9\n", fingerprint.Hint{}, fingerprint.KindTabular},
		{"tsv", rows.String(), fingerprint.Hint{}, fingerprint.KindTabular},
		{"semicolons", "a;b\n1;2\n3;4\n", fingerprint.Hint{}, fingerprint.KindTabular},
		{"csv by name", "just one line, with a comma\n", fingerprint.Hint{Name: "x.CSV"}, fingerprint.KindTabular},
		{"prose", "It was a bright cold day in April, and the clocks were striking thirteen.\n", fingerprint.Hint{}, fingerprint.KindText},
		{"utf-8 prose", "Grüße aus Köln — schöne Stadt.\n日本語のテキスト。\n", fingerprint.Hint{}, fingerprint.KindText},
		{"binary", string(bin), fingerprint.Hint{}, fingerprint.KindBinary},
		{"forced binary", "a,b\n1,2\n3,4\n", fingerprint.Hint{Kind: fingerprint.KindBinary}, fingerprint.KindBinary},
		{"forced text", "a,b\n1,2\n3,4\n", fingerprint.Hint{Kind: fingerprint.KindText}, fingerprint.KindText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fp := mustCompute(t, []byte(tc.data), tc.hint)
			if fp.Kind != tc.want {
				t.Errorf("got kind %v, want %v", fp.Kind, tc.want)
			}
		})
	}
}

func csvTable(rng *rand.Rand, n int) [][]string {
	rows := [][]string{{"id", "city", "temperature", "note"}}
	for i := range n {
		rows = append(rows, []string{fmt.Sprint(i), fmt.Sprintf("city%d", rng.IntN(1000)), fmt.Sprintf("%d.%d", rng.IntN(40), rng.IntN(10)), fmt.Sprintf("n%x", rng.Uint64())})
	}
	return rows
}

func joinCSV(rows [][]string) []byte {
	var b bytes.Buffer
	for _, r := range rows {
		b.WriteString(strings.Join(r, ",") + "\n")
	}
	return b.Bytes()
}

// TestTabularSimilarity: the MinHash estimate tracks the Jaccard similarity
// of the row sets, and reordering rows or columns changes nothing.
func TestTabularSimilarity(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	rows := csvTable(rng, 1000)
	base := mustCompute(t, joinCSV(rows), fingerprint.Hint{})

	shuffled := append([][]string{rows[0]}, rows[1:]...)
	rng.Shuffle(len(shuffled)-1, func(i, j int) { shuffled[i+1], shuffled[j+1] = shuffled[j+1], shuffled[i+1] })
	swapped := make([][]string, len(rows))
	for i, r := range rows {
		swapped[i] = []string{r[3], r[1], r[0], r[2]}
	}
	// Drop every 10th row: 900 of 1001 rows shared, J = 901/1001.
	var dropped [][]string
	for i, r := range rows {
		if i == 0 || i%10 != 0 {
			dropped = append(dropped, r)
		}
	}
	other := mustCompute(t, joinCSV(csvTable(rand.New(rand.NewPCG(2, 2)), 1000)), fingerprint.Hint{})
	for _, tc := range []struct {
		name   string
		fp     *fingerprint.Fingerprint
		lo, hi float64
	}{
		{"rows shuffled", mustCompute(t, joinCSV(shuffled), fingerprint.Hint{}), 1, 1},
		{"columns swapped", mustCompute(t, joinCSV(swapped), fingerprint.Hint{}), 1, 1},
		{"10% rows dropped", mustCompute(t, joinCSV(dropped), fingerprint.Hint{}), 0.78, 1},
		{"unrelated table", other, 0, 0.05},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := fingerprint.Similarity(base, tc.fp).Float()
			if s < tc.lo || s > tc.hi {
				t.Errorf("similarity %.4f, want in [%v, %v]", s, tc.lo, tc.hi)
			}
		})
	}
}

func TestTextSimilarity(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	var words []string
	for i := range 500 {
		words = append(words, fmt.Sprintf("word%d", i))
	}
	gen := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = words[rng.IntN(len(words))]
		}
		return out
	}
	doc := gen(3000)
	base := mustCompute(t, []byte(strings.Join(doc, " ")), fingerprint.Hint{})
	edited := append([]string(nil), doc...)
	for i := 0; i < len(edited); i += 50 { // change 2% of the words
		edited[i] = "changed"
	}
	upper := strings.ToUpper(strings.Join(doc, "  \n "))
	for _, tc := range []struct {
		name   string
		text   string
		lo, hi float64
	}{
		{"case and spacing", upper, 1, 1},
		{"2% of words changed", strings.Join(edited, " "), 0.8, 1},
		{"unrelated text", strings.Join(gen(3000), " "), 0, 0.15},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := fingerprint.Similarity(base, mustCompute(t, []byte(tc.text), fingerprint.Hint{Kind: fingerprint.KindText})).Float()
			if s < tc.lo || s > tc.hi {
				t.Errorf("similarity %.4f, want in [%v, %v]", s, tc.lo, tc.hi)
			}
		})
	}
}

// TestBinarySimilarity: content-defined chunks survive an insertion, so
// an edited file stays similar; fixed-size blocks would not.
func TestBinarySimilarity(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	data := make([]byte, 2<<20)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	base := mustCompute(t, data, fingerprint.Hint{})
	if base.Kind != fingerprint.KindBinary {
		t.Fatalf("got kind %v, want binary", base.Kind)
	}
	inserted := append(append(append([]byte(nil), data[:1<<20]...), "inserted bytes"...), data[1<<20:]...)
	unrelated := make([]byte, len(data))
	for i := range unrelated {
		unrelated[i] = byte(rng.Uint32())
	}
	if s := fingerprint.Similarity(base, mustCompute(t, inserted, fingerprint.Hint{})).Float(); s < 0.9 {
		t.Errorf("insertion: similarity %.4f, want ≥ 0.9", s)
	}
	if s := fingerprint.Similarity(base, mustCompute(t, unrelated, fingerprint.Hint{})).Float(); s > 0.05 {
		t.Errorf("unrelated: similarity %.4f, want ≤ 0.05", s)
	}
}

func TestSimilarityIncomparable(t *testing.T) {
	img := imageFP(t, genImage(1, 32, 32))
	txt := mustCompute(t, []byte("some words to fingerprint here"), fingerprint.Hint{})
	old := *txt
	old.Version = fingerprint.Version + 1
	for _, tc := range []struct {
		name string
		a, b *fingerprint.Fingerprint
	}{
		{"image vs text", img, txt},
		{"different versions", txt, &old},
		{"nil", nil, txt},
	} {
		if s := fingerprint.Similarity(tc.a, tc.b); s != 0 {
			t.Errorf("%s: got %v, want 0", tc.name, s)
		}
	}
	if s := fingerprint.Similarity(txt, txt); s != fingerprint.One {
		t.Errorf("self-similarity %v, want %v", s, fingerprint.One)
	}
}

func TestCombine(t *testing.T) {
	c := fingerprint.Components{Hist: 100, PHash: 400, SSIM: 1000}
	for _, tc := range []struct {
		w    fingerprint.Weights
		want fingerprint.Score
	}{
		{fingerprint.Weights{Hist: 1}, 100},
		{fingerprint.Weights{PHash: 3}, 400},
		{fingerprint.Weights{Hist: 1, PHash: 1, SSIM: 2}, 625},
		{fingerprint.Weights{}, fingerprint.DefaultWeights().Combine(c)},
	} {
		if got := tc.w.Combine(c); got != tc.want {
			t.Errorf("%+v: got %d, want %d", tc.w, got, tc.want)
		}
	}
}
