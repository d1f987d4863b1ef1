package ner

// Code written out by hand for the nine tags (NT == 9): loops unrolled,
// no bounds checks. viterbiRef and addBlock in the tests are the plain forms.

// step advances Viterbi by one token: cur holds the best scores ending
// in each tag at the last token, tt the allowed transitions by tag then
// previous tag, e the token's emission scores; cur gets the scores at the
// token and bk the best previous tag of each (the first on ties).
func step(cur *[NT]float32, tt *[NT][NT]float32, e *[NT]float32, bk *[NT]int8) {
	c0, c1, c2, c3, c4, c5, c6, c7, c8 := cur[0], cur[1], cur[2], cur[3], cur[4], cur[5], cur[6], cur[7], cur[8]
	var b float32
	var a int8
	b, a = c0+tt[0][0], 0
	if s := c1 + tt[0][1]; s > b {
		b, a = s, 1
	}
	if s := c2 + tt[0][2]; s > b {
		b, a = s, 2
	}
	if s := c3 + tt[0][3]; s > b {
		b, a = s, 3
	}
	if s := c4 + tt[0][4]; s > b {
		b, a = s, 4
	}
	if s := c5 + tt[0][5]; s > b {
		b, a = s, 5
	}
	if s := c6 + tt[0][6]; s > b {
		b, a = s, 6
	}
	if s := c7 + tt[0][7]; s > b {
		b, a = s, 7
	}
	if s := c8 + tt[0][8]; s > b {
		b, a = s, 8
	}
	cur[0] = b + e[0]
	bk[0] = a
	b, a = c0+tt[1][0], 0
	if s := c1 + tt[1][1]; s > b {
		b, a = s, 1
	}
	if s := c2 + tt[1][2]; s > b {
		b, a = s, 2
	}
	if s := c3 + tt[1][3]; s > b {
		b, a = s, 3
	}
	if s := c4 + tt[1][4]; s > b {
		b, a = s, 4
	}
	if s := c5 + tt[1][5]; s > b {
		b, a = s, 5
	}
	if s := c6 + tt[1][6]; s > b {
		b, a = s, 6
	}
	if s := c7 + tt[1][7]; s > b {
		b, a = s, 7
	}
	if s := c8 + tt[1][8]; s > b {
		b, a = s, 8
	}
	cur[1] = b + e[1]
	bk[1] = a
	// I-tag 2: only after B (1) or itself
	b, a = c1+tt[2][1], 1
	if s := c2 + tt[2][2]; s > b {
		b, a = s, 2
	}
	cur[2] = b + e[2]
	bk[2] = a
	b, a = c0+tt[3][0], 0
	if s := c1 + tt[3][1]; s > b {
		b, a = s, 1
	}
	if s := c2 + tt[3][2]; s > b {
		b, a = s, 2
	}
	if s := c3 + tt[3][3]; s > b {
		b, a = s, 3
	}
	if s := c4 + tt[3][4]; s > b {
		b, a = s, 4
	}
	if s := c5 + tt[3][5]; s > b {
		b, a = s, 5
	}
	if s := c6 + tt[3][6]; s > b {
		b, a = s, 6
	}
	if s := c7 + tt[3][7]; s > b {
		b, a = s, 7
	}
	if s := c8 + tt[3][8]; s > b {
		b, a = s, 8
	}
	cur[3] = b + e[3]
	bk[3] = a
	// I-tag 4: only after B (3) or itself
	b, a = c3+tt[4][3], 3
	if s := c4 + tt[4][4]; s > b {
		b, a = s, 4
	}
	cur[4] = b + e[4]
	bk[4] = a
	b, a = c0+tt[5][0], 0
	if s := c1 + tt[5][1]; s > b {
		b, a = s, 1
	}
	if s := c2 + tt[5][2]; s > b {
		b, a = s, 2
	}
	if s := c3 + tt[5][3]; s > b {
		b, a = s, 3
	}
	if s := c4 + tt[5][4]; s > b {
		b, a = s, 4
	}
	if s := c5 + tt[5][5]; s > b {
		b, a = s, 5
	}
	if s := c6 + tt[5][6]; s > b {
		b, a = s, 6
	}
	if s := c7 + tt[5][7]; s > b {
		b, a = s, 7
	}
	if s := c8 + tt[5][8]; s > b {
		b, a = s, 8
	}
	cur[5] = b + e[5]
	bk[5] = a
	// I-tag 6: only after B (5) or itself
	b, a = c5+tt[6][5], 5
	if s := c6 + tt[6][6]; s > b {
		b, a = s, 6
	}
	cur[6] = b + e[6]
	bk[6] = a
	b, a = c0+tt[7][0], 0
	if s := c1 + tt[7][1]; s > b {
		b, a = s, 1
	}
	if s := c2 + tt[7][2]; s > b {
		b, a = s, 2
	}
	if s := c3 + tt[7][3]; s > b {
		b, a = s, 3
	}
	if s := c4 + tt[7][4]; s > b {
		b, a = s, 4
	}
	if s := c5 + tt[7][5]; s > b {
		b, a = s, 5
	}
	if s := c6 + tt[7][6]; s > b {
		b, a = s, 6
	}
	if s := c7 + tt[7][7]; s > b {
		b, a = s, 7
	}
	if s := c8 + tt[7][8]; s > b {
		b, a = s, 8
	}
	cur[7] = b + e[7]
	bk[7] = a
	// I-tag 8: only after B (7) or itself
	b, a = c7+tt[8][7], 7
	if s := c8 + tt[8][8]; s > b {
		b, a = s, 8
	}
	cur[8] = b + e[8]
	bk[8] = a
}

// emission sets em[i] to the sum, in that order, of row j-i+Window of
// the blocks of tokens j = i-Window..i+Window (those in the sentence).
func emission(em [][NT]float32, es []*Word) {
	n := len(es)
	for i := range em {
		var a0, a1, a2, a3, a4, a5, a6, a7, a8 float32
		for j := max(i-Window, 0); j <= min(i+Window, n-1); j++ {
			r := &es[j].sum[j-i+Window]
			a0 += r[0]
			a1 += r[1]
			a2 += r[2]
			a3 += r[3]
			a4 += r[4]
			a5 += r[5]
			a6 += r[6]
			a7 += r[7]
			a8 += r[8]
		}
		em[i] = [NT]float32{a0, a1, a2, a3, a4, a5, a6, a7, a8}
	}
}
