package export

import (
	"bytes"
	"os"
	"testing"
)

func TestMinutesMarkdownShape(t *testing.T) {
	var b bytes.Buffer
	if err := Minutes(&b, sampleRecord(""), Markdown, "uk", Options{}); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("SHOW") != "" {
		t.Log("\n" + b.String())
	}
}

func TestMinutesAllFormatsToDisk(t *testing.T) {
	dir := os.Getenv("SHOWDIR")
	if dir == "" {
		t.Skip("set SHOWDIR to write the sample minutes")
	}
	for _, f := range DocFormats {
		for _, lang := range []string{"uk", "en"} {
			var b bytes.Buffer
			if err := Minutes(&b, sampleRecord(""), f, lang, Options{}); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(dir+"/sample-"+lang+string(f.Ext()), b.Bytes(), 0o644)
		}
	}
}
