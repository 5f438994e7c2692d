#!/usr/bin/env bash
# Prints the runtime identifier to publish for on this machine (linux-x64 or linux-arm64):
# a ReadyToRun publish needs one, and precompiles for it.
case "$(uname -m)" in
  aarch64|arm64) echo linux-arm64 ;;
  *) echo linux-x64 ;;
esac
