package extract

import "testing"

// TestForAllInName: a body's name with "for All" ("Internet for All
// Initiative", "Broadband for All Initiative") keeps the word before
// "for" where the tagger cuts it (the story writes "internet" in lower
// case too). Made-up stories.
func TestForAllInName(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Biden-Harris Administration’s Internet for All Initiative will ensure that everyone in Ohio has access to reliable and affordable high-speed internet. For more information, visit the site.", "Internet for All Initiative", "All Initiative"},
		{"The Administration’s Broadband for All Initiative will ensure that everyone in Ohio has access to reliable and affordable broadband. For more information, visit the site.", "Broadband for All Initiative", "All Initiative"},
	})
}
