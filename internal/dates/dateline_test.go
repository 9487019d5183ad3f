package dates

import "testing"

// TestDateline reads the datelines of the styles of many outlets, and what is no
// dateline. The texts are written for the test.
func TestDateline(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the date, "" for none
		end        string // the text up to the end of the date, "" when there is no dateline
	}{
		{"Reuters with a year", "WASHINGTON, Dec 9, 2024 (Reuters) - The two leaders met.", "2024-12-09", "WASHINGTON, Dec 9, 2024"},
		{"Reuters without a year", "WASHINGTON, Dec 9 (Reuters) - The two leaders met.", "", "WASHINGTON, Dec 9"},
		{"TASS", "MOSCOW, 9 December 2024 /TASS/. The Kremlin said talks would go on.", "2024-12-09", "MOSCOW, 9 December 2024"},
		{"TASS without a year", "MOSCOW, December 9. /TASS/. The Kremlin said talks would go on.", "", "MOSCOW, December 9."},
		{"Xinhua", "BEIJING, Dec. 9, 2024 (Xinhua) -- China and Brazil signed a pact.", "2024-12-09", "BEIJING, Dec. 9, 2024"},
		{"AFP", "Nairobi, Kenya, 3 March 2023 (AFP) - Kenya hosted the talks.", "2023-03-03", "Nairobi, Kenya, 3 March 2023"},
		{"Interfax", "MOSCOW. Jan 15, 2025 (Interfax) - Talks ended.", "2025-01-15", "MOSCOW. Jan 15, 2025"},
		{"KCNA", "Pyongyang, February 2, 2019 (KCNA) -- The leader received envoys.", "2019-02-02", "Pyongyang, February 2, 2019"},
		{"press release", "Addis Ababa, 7 August 2018: The African Union welcomed the deal.", "2018-08-07", "Addis Ababa, 7 August 2018"},
		{"readout under a title", "Readout of the Secretary's Meeting with the Foreign Minister\nNov. 8, 2021\n\nThe Secretary met the minister today.", "2021-11-08", "Readout of the Secretary's Meeting with the Foreign Minister\nNov. 8, 2021"},
		{"State Department caps", "READOUT\nOFFICE OF THE SPOKESPERSON\nNOVEMBER 8, 2021\n\nThe Secretary spoke with the minister.", "2021-11-08", "READOUT\nOFFICE OF THE SPOKESPERSON\nNOVEMBER 8, 2021"},
		{"Kremlin, with a time", "December 9, 2024 15:30 The Kremlin, Moscow\n\nThe President held talks.", "2024-12-09", "December 9, 2024"},
		{"Guardian", "Monday 9 December 2024 14.30 GMT\nThe talks were held in Doha.", "2024-12-09", "Monday 9 December 2024"},
		{"Al Jazeera", "Talks resume in Doha\nPublished On 9 Dec 2024\nThe talks were held in Doha.", "2024-12-09", "Talks resume in Doha\nPublished On 9 Dec 2024"},
		{"UN press", "SC/15000\n9 December 2024\nThe Security Council met today.", "2024-12-09", "SC/15000\n9 December 2024"},
		{"ISO", "2024-12-09\nThe talks were held in Doha.", "2024-12-09", "2024-12-09"},
		{"ordinal", "LONDON, 4th March 2022 - Talks opened.", "2022-03-04", "LONDON, 4th March 2022"},
		{"no day 31 in November", "November 31, 2021\nThe Secretary met the minister.", "", ""},
		{"a sentence with a date is no dateline", "The ministers met on November 8, 2021 in Rome.", "", ""},
		{"a date deep in the story", "The talks went on.\nThey went on.\nThey went on.\nThey went on.\nThey went on.\nThey went on.\nNovember 8, 2021\n", "", ""},
		{"AP, no date", "KYIV, Ukraine (AP) — Talks opened.", "", ""},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, end := Dateline(tt.text)
			if got := sp.String(); got != tt.want {
				t.Errorf("date %q, want %q", got, tt.want)
			}
			if got := tt.text[:end]; got != tt.end {
				t.Errorf("up to the end of the date %q, want %q", got, tt.end)
			}
		})
	}
}
