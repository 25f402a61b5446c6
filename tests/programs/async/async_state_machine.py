# An async "protocol" between a client and server coroutine communicating over two queues.
import asyncio


async def server(inbox, outbox):
    store = {}
    while True:
        msg = await inbox.get()
        match msg:
            case ("SET", key, value):
                store[key] = value
                await outbox.put(("OK",))
            case ("GET", key):
                await outbox.put(("VALUE", store.get(key)))
            case ("DEL", key):
                await outbox.put(("DELETED", store.pop(key, None) is not None))
            case ("QUIT",):
                await outbox.put(("BYE", len(store)))
                return store
            case other:
                await outbox.put(("ERROR", f"bad message {other!r}"))


async def client(outbox, inbox, commands):
    replies = []
    for cmd in commands:
        await outbox.put(cmd)
        replies.append(await inbox.get())
    return replies


async def main():
    to_server, to_client = asyncio.Queue(), asyncio.Queue()
    commands = [("SET", "a", 1), ("SET", "b", [2, 3]), ("GET", "a"), ("GET", "zz"), ("DEL", "a"), ("DEL", "a"),
                ("PING",), ("QUIT",)]
    final_store, replies = await asyncio.gather(server(to_server, to_client), client(to_server, to_client, commands))
    for c, r in zip(commands, replies):
        print(c, "->", r)
    print(final_store)


asyncio.run(main())
