#!/bin/sh
# Starts Tin Cậy on Payara Micro. A single node by default (no data grid, the fastest start);
# a node of a cluster when a member list or a DNS name is configured:
#   TINCAY_CLUSTER_MEMBERS  host:port,host:port,...   Hazelcast TCP/IP member list (e.g. app1:6900,app2:6900,app3:6900)
#   TINCAY_CLUSTER_DNS      name:port                 members found through DNS (every address of the name)
#   TINCAY_CLUSTER_NAME     the data grid's name (default tincay): nodes join only a grid of the same name
#   TINCAY_CLUSTER_PORT     this node's data grid port (default 6900)
#   TINCAY_NODE_NAME        this node's name in the grid and the logs (default: the host name)
# Multicast discovery is never used. Hazelcast 5 (open source) has no grid password: keep the grid port on a
# private network that only the nodes reach (compose.yaml: the internal network "grid").
set -eu

# A single node keeps plain in-memory sessions (web availability off), exactly as without <distributable/>,
# and runs no data grid (single-node-preboot.txt).
cluster="--nocluster --prebootcommandfile /opt/payara/single-node-preboot.txt"
if [ -n "${TINCAY_CLUSTER_MEMBERS:-}" ]; then
    cluster="--clustermode tcpip:${TINCAY_CLUSTER_MEMBERS}"
elif [ -n "${TINCAY_CLUSTER_DNS:-}" ]; then
    cluster="--clustermode dns:${TINCAY_CLUSTER_DNS}"
fi
if [ -n "${TINCAY_CLUSTER_MEMBERS:-}${TINCAY_CLUSTER_DNS:-}" ]; then
    cluster="$cluster --clustername ${TINCAY_CLUSTER_NAME:-tincay} --startport ${TINCAY_CLUSTER_PORT:-6900}"
    cluster="$cluster --name ${TINCAY_NODE_NAME:-$(hostname)}"
    if [ -n "${TINCAY_CLUSTER_PUBLIC_ADDRESS:-}" ]; then
        cluster="$cluster --hzpublicaddress ${TINCAY_CLUSTER_PUBLIC_ADDRESS}"
    fi
fi

# Neither Payara nor its data grid (Hazelcast) sends usage reports home: a case system makes no call
# it was not asked to make (docs/operations.md).
# shellcheck disable=SC2086 # the options are words on purpose
exec java -XX:+UseContainerSupport -XX:MaxRAMPercentage=70 -XX:+UseSerialGC -Dhazelcast.phone.home.enabled=false \
    -jar /opt/payara/payara-micro.jar \
    --deploy /opt/payara/deployments/tincay.war --contextroot / \
    --port 8080 $cluster --rootDir /tmp/payara-root --disablephonehome
