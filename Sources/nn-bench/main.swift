print("nn-bench: coming soon")
