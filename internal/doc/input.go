package doc

import "encoding/json"

// input is what a reader knows of a document before it is coded: the
// fields that travel through an ingest queue.
type input struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	URL       string `json:"url,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Title     string `json:"title,omitempty"`
	Byline    string `json:"byline,omitempty"`
	Published string `json:"published,omitempty"`
	Format    string `json:"format,omitempty"`
	Raw       string `json:"raw"`
	Text      string `json:"text,omitempty"`
}

// MarshalInput encodes the reader's view of d (no codings) for a queue.
// Text is kept only when it differs from Raw.
func (d *Document) MarshalInput() ([]byte, error) {
	in := input{ID: d.ID, Source: d.Source, URL: d.URL, Lang: d.Lang, Byline: d.Byline, Published: d.Published, Format: d.Format, Raw: d.Raw}
	if d.Title != nil {
		in.Title = *d.Title
	}
	if d.Text != d.Raw {
		in.Text = d.Text
	}
	return json.Marshal(in)
}

// UnmarshalInput decodes what MarshalInput encoded into a new document.
func UnmarshalInput(b []byte) (*Document, error) {
	var in input
	if err := json.Unmarshal(b, &in); err != nil {
		return nil, err
	}
	d := New()
	d.ID, d.Source, d.URL, d.Lang, d.Byline, d.Published, d.Format, d.Raw = in.ID, in.Source, in.URL, in.Lang, in.Byline, in.Published, in.Format, in.Raw
	d.SetTitle(in.Title)
	d.Text = in.Text
	if d.Text == "" {
		d.Text = d.Raw
	}
	return d, nil
}
