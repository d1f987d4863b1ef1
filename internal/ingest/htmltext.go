package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start a new line in the text of a node.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figure: true, atom.Figcaption: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Hr: true, atom.Main: true, atom.Aside: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Caption: true,
}

// skipTags hold no readable text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
}

// nodeText renders n as text with one line per block element (paragraph,
// heading, list item, table row, line break), whitespace collapsed.
func nodeText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.DataAtom] {
				return
			}
			if blockTags[n.DataAtom] {
				b.WriteByte('\n')
				defer b.WriteByte('\n')
			} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				defer b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return paragraphs(b.String())
}

// htmlFragmentText turns an HTML fragment (a feed item's description) into
// text; plain text comes back with its lines trimmed.
func htmlFragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return paragraphs(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return paragraphs(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return nodeText(root)
}
