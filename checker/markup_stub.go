package checker

func parseMarkdown(content []byte) []*Block      { return parseText(content) }
func parseHTML(content []byte) ([]*Block, error) { return parseText(content), nil }
