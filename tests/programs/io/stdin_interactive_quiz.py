# Simulated interactive session: prompts with input("...") (prompts go to stdout), answers come
# from stdin_interactive_quiz.stdin.
QUESTIONS = [("2 + 2", "4"), ("capital of France", "paris"), ("largest planet", "jupiter"), ("7 * 6", "42")]
name = input("name? ")
score = 0
for q, answer in QUESTIONS:
    reply = input(f"{q}? ").strip().lower()
    if reply == answer:
        score += 1
        print("correct")
    else:
        print(f"wrong, it is {answer}")
print(f"{name}, you scored {score}/{len(QUESTIONS)}")
