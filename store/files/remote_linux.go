package files

import "syscall"

func remoteKind(path string) string {
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return ""
	}
	return LinuxKind(uint32(st.Type))
}
