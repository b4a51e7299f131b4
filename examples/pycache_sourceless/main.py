import cached
