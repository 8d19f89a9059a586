# Shared settings of the test-cluster scripts (install, configure, start, stop); sourced, not run.
# Every value can be overridden from the environment.
STATE=${EFT_SLURM_STATE:-/run/eft-slurm}          # pid files and the list of daemons we started
CONF_DIR=${EFT_SLURM_CONF_DIR:-/etc/slurm}        # where sbatch, srun and the daemons read their config
CLUSTER=${EFT_SLURM_CLUSTER:-eft}                 # ClusterName, registered in the accounting database
ACCOUNT=${EFT_SLURM_ACCOUNT:-eft}                 # the account the tests submit under
USERS=${EFT_SLURM_USERS:-root}                    # users given an association with ACCOUNT
GPUS=${EFT_SLURM_GPUS:-1}                         # fake GPUs declared as GRES on the node
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MARK="# Written by EFT workflow/slurm/configure"

die() { echo "slurm $(basename "$0"): $*" >&2; exit 1; }
need_root() { [ "$(id -u)" = 0 ] || die "needs root"; }
