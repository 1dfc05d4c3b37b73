"""The errors a user sees as one line: `path: what is wrong`."""


class SourceError(Exception):
    """A source (or one row of a corpus) that cannot be read; str() is `path: problem`."""

    def __init__(self, path, problem: str):
        self.path, self.problem = str(path), problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):  # raised in a worker process, reported by the parent
        return type(self), (self.path, self.problem)
