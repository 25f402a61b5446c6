# Routing HTTP-like requests with match: method/path segment patterns and query parameters.


def route(method, path, query=None):
    query = query or {}
    parts = [p for p in path.split("/") if p]
    match method, parts, query:
        case "GET", [], _:
            return 200, "index"
        case "GET", ["users"], {"page": page, **rest}:
            return 200, f"users page {page} filters={sorted(rest)}"
        case "GET", ["users"], _:
            return 200, "users page 1"
        case "GET", ["users", uid], _ if uid.isdigit():
            return 200, f"user {int(uid)}"
        case "GET" | "HEAD", ["static", *file], _ if file:
            return 200, "file " + "/".join(file)
        case "POST", ["users"], {"name": str(name)}:
            return 201, f"created {name}"
        case "DELETE", ["users", uid], {"confirm": "yes"}:
            return 204, f"deleted {uid}"
        case "DELETE", ["users", _], _:
            return 400, "confirmation required"
        case ("PUT" | "PATCH") as m, ["users", uid], {**changes} if changes:
            return 200, f"{m.lower()} user {uid} with {changes}"
        case _, ["users", *_], _:
            return 405, "method not allowed"
        case _:
            return 404, "not found"


requests = [
    ("GET", "/", None), ("GET", "/users", {"page": 3, "role": "admin", "active": 1}), ("GET", "/users/", None),
    ("GET", "/users/42", None), ("GET", "/users/abc", None), ("HEAD", "/static/css/site.css", None),
    ("GET", "/static", None), ("POST", "/users", {"name": "ann"}), ("POST", "/users", {"name": 5}),
    ("DELETE", "/users/7", {"confirm": "yes"}), ("DELETE", "/users/7", None),
    ("PATCH", "/users/9", {"email": "x@y"}), ("PUT", "/users/9", {}), ("GET", "/nope", None),
]
for req in requests:
    status, body = route(*req)
    print(f"{req[0]:6} {req[1]:24} {status} {body}")
