package doc

import "fmt"

// OOXML namespaces and relationship types used by the DOCX writer.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relDoc    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	relPkg    = "http://schemas.openxmlformats.org/package/2006/relationships"
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	ctWord    = "application/vnd.openxmlformats-officedocument.wordprocessingml."
)

// Twentieths of a point per millimetre, the unit of OOXML page geometry.
const twipsPerMM = 1440 / 25.4

func twips(mm float64) int { return int(mm*twipsPerMM + 0.5) }

// ptTwips is a length in points as twips.
func ptTwips(pt float64) int { return int(pt*20 + 0.5) }

// docxSize is the run property of a type size (OOXML counts half-points).
func docxSize(pt float64) string {
	return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, int(2*pt), int(2*pt))
}

// textWidthTwips is the width between the margins.
var textWidthTwips = twips(pageWidthMM - marginLeftMM - marginRightMM)

func docxContentTypes(header bool) string {
	s := xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="` + ctWord + `document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="` + ctWord + `styles+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="` + ctWord + `footer+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`
	if header {
		s += `<Override PartName="/word/header1.xml" ContentType="` + ctWord + `header+xml"/>`
	}
	return s + `</Types>`
}

const docxRootRels = xmlHeader + `<Relationships xmlns="` + relPkg + `">` +
	`<Relationship Id="rId1" Type="` + relDoc + `officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="` + relPkg + `/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

func docxDocRels(header bool) string {
	s := xmlHeader + `<Relationships xmlns="` + relPkg + `">` +
		`<Relationship Id="rId1" Type="` + relDoc + `styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="` + relDoc + `footer" Target="footer1.xml"/>`
	if header {
		s += `<Relationship Id="rId3" Type="` + relDoc + `header" Target="header1.xml"/>`
	}
	return s + `</Relationships>`
}

func docxCore(title, lang string) string {
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>` + title + `</dc:title><dc:language>` + lang +
		`</dc:language><dc:creator>Rada</dc:creator></cp:coreProperties>`
}

// docxStyles sets Times New Roman 14 pt with single spacing and widow control, the document's
// language, headings kept with the next paragraph, and table styles.
func docxStyles(lang string) string {
	font := `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`
	s := xmlHeader + `<w:styles xmlns:w="` + nsW + `"><w:docDefaults><w:rPrDefault><w:rPr>` + font +
		docxSize(bodyPt) + `<w:lang w:val="` + lang + `"/></w:rPr></w:rPrDefault>` +
		fmt.Sprintf(`<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="%d" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`, ptTwips(afterPt)) +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`
	for i, size := range headingPt {
		s += fmt.Sprintf(`<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/>`+
			`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>`+
			`<w:spacing w:before="%d" w:after="%d"/><w:outlineLvl w:val="%d"/></w:pPr>`+
			`<w:rPr><w:b/><w:bCs/>%s</w:rPr></w:style>`, i+1, i+1, ptTwips(headBeforePt), ptTwips(afterPt), i, docxSize(size))
	}
	border := func(side string) string {
		return `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
	}
	return s + `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>` +
		`<w:tblPr><w:tblBorders>` + border("top") + border("left") + border("bottom") + border("right") +
		border("insideH") + border("insideV") + `</w:tblBorders></w:tblPr></w:style></w:styles>`
}

// docxHeader is the page header that carries the watermark text (already escaped).
func docxHeader(text string) string {
	return xmlHeader + `<w:hdr xmlns:w="` + nsW + `"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
		`<w:r><w:rPr><w:b/><w:color w:val="808080"/><w:spacing w:val="40"/>` + docxSize(smallPt) + `</w:rPr>` +
		`<w:t xml:space="preserve">` + text + `</w:t></w:r></w:p></w:hdr>`
}

// docxFooter numbers the pages "1 / 3" with PAGE and NUMPAGES fields.
const docxFooter = xmlHeader + `<w:ftr xmlns:w="` + nsW + `"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
	`<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>` +
	`<w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> / </w:t></w:r>` +
	`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`

// docxSectPr sets A4, the margins, the header (when there is one) and the footer.
func docxSectPr(header bool) string {
	s := `<w:sectPr>`
	if header {
		s += `<w:headerReference w:type="default" r:id="rId3"/>`
	}
	return s + `<w:footerReference w:type="default" r:id="rId2"/>` +
		fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"/>`, twips(pageWidthMM), twips(pageHeightMM)) +
		fmt.Sprintf(`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
			twips(marginTopMM), twips(marginRightMM), twips(marginBottomMM), twips(marginLeftMM), twips(hfDistMM), twips(hfDistMM)) +
		`</w:sectPr>`
}
