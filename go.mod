module github.com/dyad-news/dyad

go 1.26
