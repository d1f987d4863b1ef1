package fetch

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
)

// ErrForbiddenAddress is returned (wrapped) when a request would connect to
// an address that the SSRF guard refuses: loopback, private, link-local,
// CGNAT, unspecified, multicast or cloud-metadata addresses.
var ErrForbiddenAddress = errors.New("forbidden address")

var forbiddenPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",      // "this network", unspecified
		"10.0.0.0/8",     // RFC 1918
		"100.64.0.0/10",  // CGNAT (RFC 6598)
		"127.0.0.0/8",    // loopback
		"169.254.0.0/16", // link-local, cloud metadata 169.254.169.254
		"172.16.0.0/12",  // RFC 1918
		"192.0.0.0/24",   // IETF protocol assignments
		"192.168.0.0/16", // RFC 1918
		"198.18.0.0/15",  // benchmarking
		"224.0.0.0/4",    // multicast
		"240.0.0.0/4",    // reserved, broadcast
		"::/128",         // unspecified
		"::1/128",        // loopback
		"fc00::/7",       // unique local, includes fd00:ec2::254
		"fe80::/10",      // link-local
		"ff00::/8",       // multicast
		"64:ff9b:1::/48", // local-use NAT64
		"2001:db8::/32",  // documentation
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

// forbiddenHosts are host names refused before any lookup.
var forbiddenHosts = map[string]bool{
	"metadata.google.internal": true,
	"metadata":                 true,
	"localhost":                true,
}

// Forbidden reports whether the guard refuses to connect to ip. IPv4-mapped
// and NAT64 (64:ff9b::/96) IPv6 addresses are judged by their IPv4 address.
func Forbidden(ip netip.Addr) bool {
	if !ip.IsValid() {
		return true
	}
	ip = ip.Unmap()
	if ip.Is6() {
		if nat64 := netip.MustParsePrefix("64:ff9b::/96"); nat64.Contains(ip) {
			b := ip.As16()
			ip = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
		}
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range forbiddenPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// forbiddenHost reports whether a URL host name is refused by name.
func forbiddenHost(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	return forbiddenHosts[h] || strings.HasSuffix(h, ".localhost")
}

// control is the net.Dialer Control hook: it runs on the resolved address
// the socket is about to connect to, so the guard holds after redirects and
// for DNS answers that change between lookups.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	if c.opts.AllowPrivate {
		return nil
	}
	for _, a := range c.opts.AllowAddrs {
		if a == address {
			return nil
		}
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrForbiddenAddress, address)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || Forbidden(ip) {
		return fmt.Errorf("%w: %s", ErrForbiddenAddress, address)
	}
	return nil
}
