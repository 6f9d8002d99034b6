"""The district federation's side: registered office keys, bundle intake, roll-up."""
