# Expected: an uncaught custom exception whose __str__ is overridden; the final traceback line uses
# that __str__.


class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status, self.url = status, url

    def __str__(self):
        return f"{self.status} for {self.url}"


def fetch(url):
    routes = {"/": 200, "/about": 200, "/admin": 403}
    status = routes.get(url, 404)
    if status != 200:
        raise HTTPError(status, url)
    return f"content of {url}"


for url in ["/", "/about", "/missing", "/admin"]:
    print(fetch(url))
