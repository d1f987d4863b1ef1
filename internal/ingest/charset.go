package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/saintfish/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// decode turns data into UTF-8 text. The order: a byte order mark; for
// HTML, the charset that contentType or a <meta> declares; valid UTF-8;
// then statistical detection (windows-1256 and ISO-8859-6 among others).
// Text that is mostly UTF-8 with a few broken sequences is an ErrUTF8
// error for plain text and repaired with U+FFFD for HTML.
func decode(data []byte, contentType string, isHTML bool) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
	}
	valid := utf8.Valid(data)
	if isHTML {
		if name := declaredCharset(data, contentType); name != "" && name != "utf-8" {
			// A page saved as UTF-8 that still declares its old charset is
			// common; believe the bytes when they are valid UTF-8 text.
			if !(valid && hasMultibyte(data)) {
				if e, _ := charset.Lookup(name); e != nil {
					return decodeWith(e, data)
				}
			}
		}
	}
	if valid {
		return string(data), nil
	}
	if good, bad, at := utf8Damage(data); good > bad {
		if isHTML {
			return strings.ToValidUTF8(string(data), "\uFFFD"), nil
		}
		return "", fmt.Errorf("%w at byte %d", ErrUTF8, at)
	}
	det := chardet.NewTextDetector()
	if isHTML {
		det = chardet.NewHtmlDetector()
	}
	if res, err := det.DetectBest(data); err == nil {
		if e, _ := charset.Lookup(res.Charset); e != nil && !strings.EqualFold(res.Charset, "UTF-8") {
			return decodeWith(e, data)
		}
	}
	if isHTML {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	_, _, at := utf8Damage(data)
	return "", fmt.Errorf("%w at byte %d and no other charset detected", ErrUTF8, at)
}

func decodeWith(e encoding.Encoding, data []byte) (string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("decode charset: %w", err)
	}
	return string(bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))), nil
}

// declaredCharset is the canonical name of the charset that contentType
// or the page's first 1024 bytes declare, or "".
func declaredCharset(data []byte, contentType string) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := params["charset"]; cs != "" {
			if _, name := charset.Lookup(cs); name != "" {
				return name
			}
		}
	}
	if _, name, _ := charset.DetermineEncoding(data, ""); name != "" {
		// DetermineEncoding falls back to windows-1252 when nothing is
		// declared: only trust a name the page actually states.
		head := bytes.ToLower(data[:min(len(data), 1024)])
		if name == "windows-1252" && !bytes.Contains(head, []byte("charset")) {
			return ""
		}
		if bytes.Contains(head, []byte("charset")) {
			return name
		}
	}
	return ""
}

func hasMultibyte(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// utf8Damage counts valid multibyte sequences and invalid bytes, and gives
// the offset of the first invalid byte.
func utf8Damage(data []byte) (good, bad, first int) {
	first = -1
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			if first < 0 {
				first = i
			}
			bad++
			i++
			continue
		}
		good++
		i += n
	}
	return good, bad, first
}
