package doc

import _ "embed"

// Liberation Serif (SIL Open Font License, fonts/LICENSE) is metric-compatible with Times New
// Roman, the DOCX's face, so a PDF page holds what a DOCX page holds; it covers Ґ Є І Ї № « » ’ –.
var (
	//go:embed fonts/LiberationSerif-Regular.ttf
	serifRegular []byte
	//go:embed fonts/LiberationSerif-Bold.ttf
	serifBold []byte
	//go:embed fonts/LiberationSerif-Italic.ttf
	serifItalic []byte
	//go:embed fonts/LiberationSerif-BoldItalic.ttf
	serifBoldItalic []byte
)

// pdfFonts are the faces registered in the PDF, indexed by fontOf; the name is what pdffonts shows.
var pdfFonts = []struct {
	name string
	ttf  []byte
}{
	{"LiberationSerif", serifRegular}, {"LiberationSerif-Bold", serifBold},
	{"LiberationSerif-Italic", serifItalic}, {"LiberationSerif-BoldItalic", serifBoldItalic},
}
