package serve

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

// web holds the page: index.html (a template for the language), the
// bundle that serve/webapp builds (app.js, app.css) and the licences of
// the code bundled in it.
//
//go:embed web
var web embed.FS

// asset is one embedded file, ready to serve.
type asset struct {
	body        []byte
	contentType string
	etag        string
}

// page serves the embedded files; "/" is index.html in the server's
// language.
type page struct {
	assets map[string]asset
}

func newPage(lang string) *page {
	p := &page{assets: map[string]asset{}}
	root, err := fs.Sub(web, "web")
	if err != nil {
		panic(err) // the embedded tree always has web/
	}
	err = fs.WalkDir(root, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(root, name)
		if err != nil {
			return err
		}
		if name == "index.html" {
			body = renderIndex(body, lang)
		}
		p.assets["/"+name] = newAsset(name, body)
		return nil
	})
	if err != nil {
		panic(err) // an embedded file that cannot be read is a broken build
	}
	p.assets["/"] = p.assets["/index.html"]
	return p
}

// renderIndex fills in the language the page opens in.
func renderIndex(src []byte, lang string) []byte {
	t := template.Must(template.New("index.html").Parse(string(src)))
	htmlLang := "zh-CN"
	if lang == "en" {
		htmlLang = "en"
	}
	var b bytes.Buffer
	if err := t.Execute(&b, struct{ Lang, HTMLLang string }{lang, htmlLang}); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func newAsset(name string, body []byte) asset {
	ctype := mime.TypeByExtension(path.Ext(name))
	switch path.Ext(name) {
	case ".txt", ".md", "":
		ctype = "text/plain; charset=utf-8"
	case ".js":
		ctype = "text/javascript; charset=utf-8"
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	sum := sha256.Sum256(body)
	return asset{body: body, contentType: ctype, etag: `"` + base64.RawURLEncoding.EncodeToString(sum[:12]) + `"`}
}

func (p *page) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here")
		return
	}
	a, ok := p.assets[r.URL.Path]
	if !ok || strings.HasSuffix(r.URL.Path, "/index.html") {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("ETag", a.etag)
	// The files change only with the binary: a browser asks again each
	// time and is answered 304 while they are the same.
	h.Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
}
