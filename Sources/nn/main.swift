print("nn: coming soon")
