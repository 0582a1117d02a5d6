package host

import "testing"

func TestJobRecState(t *testing.T) {
	tests := []struct {
		name string
		r    jobRec
		want string
	}{
		{"new", jobRec{}, StateWaitingModule},
		{"module, no data", jobRec{JobStatus: JobStatus{Opened: true, ModuleLoaded: true, Listings: []ListingStatus{{ListingID: 1, KeyHandedOver: true}}}}, StateWaitingData},
		{"all in", jobRec{JobStatus: JobStatus{Opened: true, ModuleLoaded: true, Listings: []ListingStatus{{ListingID: 1, KeyHandedOver: true, DataChecked: true}}}}, StateRunning},
		{"data, no module", jobRec{JobStatus: JobStatus{Opened: true, Listings: []ListingStatus{{ListingID: 1, KeyHandedOver: true, DataChecked: true}}}}, StateWaitingModule},
		{"failed stays", jobRec{JobStatus: JobStatus{State: StateFailed, ModuleLoaded: true}}, StateFailed},
	}
	for _, tc := range tests {
		tc.r.recompute()
		if tc.r.State != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, tc.r.State, tc.want)
		}
	}
}
