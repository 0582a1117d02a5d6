package broker_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/datatrade/datatrade/broker"
)

// A use-right query over a CSV dataset: exact decimals, the same answer on
// every machine, and the hash the buyer signs to have it charged.
func ExampleQuery_Run() {
	q, err := broker.ParseQuery([]byte(`{"op":"avg","column":"pm25","where":[{"column":"station","op":"=","value":"Mitte"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	data := "station,pm25\nMitte,12.5\nWedding,30\nMitte,14\nMitte,13.1\n"
	a, err := q.Run(context.Background(), strings.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s over %d rows\n", a.Value, a.Rows)
	fmt.Println(q.Hash() == broker.Query{Op: "avg", Column: "pm25", Where: []broker.Condition{{Column: "station", Op: "=", Value: "Mitte"}}}.Hash())
	// Output:
	// 13.2 over 3 rows
	// true
}
