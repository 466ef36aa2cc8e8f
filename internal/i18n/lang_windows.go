//go:build windows

package i18n

import "golang.org/x/sys/windows"

// systemLang is the user's first display language on Windows (zh-CN,
// zh-TW, en-US …), which is what a Chinese Windows shows its menus in.
func systemLang() (Lang, bool) {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return "", false
	}
	if l, ok := ParseLang(langs[0]); ok {
		return l, true
	}
	return English, true
}
