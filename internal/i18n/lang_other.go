//go:build !windows

package i18n

// systemLang: elsewhere than on Windows the environment's variables are
// the setting.
func systemLang() (Lang, bool) { return "", false }
